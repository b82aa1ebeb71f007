import Foundation
import PratiquesApp
import PratiquesCore
import PratiquesStore

// pratiques-bench WORKDIR BASELINE_BINARY [COUNT]
// Prints one table: our import against the C baseline (same rows, same schema), scoring of all
// assessments, and peak memory of both processes.
// pratiques-bench cohort OUT.xlsx ORGANISATIONS — the cohort step alone (see CohortBench.swift).
// pratiques-bench cohort-table ORGANISATIONS RESULTS... — the cohort table (see CohortTable.swift).

let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "cohort" {
    do {
        try CohortBench.run(Array(arguments.dropFirst(2)))
    } catch let error as LocalizedFailure {
        FileHandle.standardError.write(Data("pratiques-bench cohort: \(error.message(in: .en))\n".utf8))
        exit(1)
    }
    exit(0)
}
if arguments.count > 1, arguments[1] == "cohort-table" {
    exit(CohortTable.run(Array(arguments.dropFirst(2))))
}
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: pratiques-bench WORKDIR BASELINE_BINARY [COUNT]\n".utf8))
    exit(2)
}
let workdir = URL(fileURLWithPath: arguments[1])
let baseline = arguments[2]
let count = arguments.count > 3 ? Int(arguments[3]) ?? 10_000 : 10_000
let fileManager = FileManager.default
try? fileManager.removeItem(at: workdir)
try fileManager.createDirectory(at: workdir, withIntermediateDirectories: true)

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

// 1. A template database: schema through our migrations, one organisation, the grid's snapshot.
let loaded = try SyntheticData.referentiel()
let catalog = ReferentielCatalog(entries: [loaded])
let template = workdir.appendingPathComponent("template.sqlite").path
do {
    let store = try AssessmentStore(path: template)
    try store.save(Organisation(slug: "bench-org", name: "Organisation de mesure", legalForm: .association))
    try store.storeSnapshot(loaded)
    try store.checkpoint()
    try store.close()
}
let repetitions = max(1, Int(ProcessInfo.processInfo.environment["BENCH_REPEAT"] ?? "3") ?? 3)
var batch: ImportBatch?
var cPeak = Double.nan
var cTimes: [Double] = [], swiftTimes: [Double] = []
var cValues: [String: Double] = [:]
var summary = ImportSummary()
var swiftDB = ""

/// One run of the C baseline on a fresh copy of the template.
func runBaseline(_ database: String) throws -> [String: Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: baseline)
    process.arguments = [database, String(count), String(SyntheticData.dimensions), String(SyntheticData.criteriaPerDimension), String(SyntheticData.seed)]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        FileHandle.standardError.write(Data("C baseline failed: \(output)\n".utf8))
        exit(1)
    }
    var values: [String: Double] = [:]
    for line in output.split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
    }
    return values
}

// 2–3. The C baseline and our import of the same rows, alternated, each on a fresh copy;
// the medians are compared (disk and page-cache noise vary from run to run).
for run in 0..<repetitions {
    let cDB = workdir.appendingPathComponent("c-\(run).sqlite").path
    try fileManager.copyItem(atPath: template, toPath: cDB)
    cValues = try runBaseline(cDB)
    cTimes.append(cValues["seconds"] ?? .nan)
    if batch == nil {
        // The C peak is read before the synthetic batch grows this process (a child starts
        // with its parent's resident pages counted).
        cPeak = cValues["peak_mib"] ?? .nan
        batch = SyntheticData.batch(count: count, referentiel: loaded)
    }
    swiftDB = workdir.appendingPathComponent("swift-\(run).sqlite").path
    try fileManager.copyItem(atPath: template, toPath: swiftDB)
    let runStore = try AssessmentStore(path: swiftDB)
    let workspace = Workspace(store: runStore, catalog: catalog)
    swiftTimes.append(try seconds { summary = try workspace.importBatch(batch!) })
    try runStore.close()
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let cSeconds = median(cTimes)
let importSeconds = median(swiftTimes)
let afterImportPeak = peakMemoryMiB()
let store = try AssessmentStore(path: swiftDB)

// Both databases must hold the same answers.
let totals = try store.answerTotals()
let (swiftCount, swiftSum) = (totals.rows, totals.levelSum)

// 4. Scoring: read everything back from the store and score it; then scoring alone, in memory.
let engine = ScoringEngine(referentiel: loaded.referentiel, sha256: loaded.sha256)
var scoredCount = 0
var overallSum = 0.0
var assessments: [Assessment] = []
assessments.reserveCapacity(count)
let fetchAndScoreSeconds = try seconds {
    try store.forEachAssessment { _, assessment in
        overallSum += engine.score(assessment).overall ?? 0
        scoredCount += 1
        assessments.append(assessment)
    }
}
var fetched = 0
let fetchOnlySeconds = try seconds { try store.forEachAssessment { _, _ in fetched += 1 } }
var pureSum = 0.0
let pureScoreSeconds = seconds {
    for assessment in assessments { pureSum += engine.score(assessment).overall ?? 0 }
}
let peak = peakMemoryMiB()

// 5. The table.
func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
let rows: [[String]] = [
    ["C baseline: raw sqlite3 insert", format(cSeconds), "1.00", "—", "—"],
    ["import (Workspace.importBatch)", format(importSeconds), format(importSeconds / cSeconds, 2), "≤ 1.30 × C",
     importSeconds / cSeconds <= 1.3 ? "ok" : "MISSED"],
    ["read the store + score, one by one", format(fetchAndScoreSeconds), format(fetchAndScoreSeconds / cSeconds, 2), "—", "—"],
    ["reading the store alone (forEachAssessment)", format(fetchOnlySeconds), format(fetchOnlySeconds / cSeconds, 2), "—", "—"],
    ["scoring alone (ScoringEngine.score, in memory)", format(pureScoreSeconds), format(pureScoreSeconds / cSeconds, 2), "< 0.5 s",
     pureScoreSeconds < 0.5 ? "ok" : "MISSED"],
]
let header = ["step", "time (s)", "ratio vs C", "target", "ok?"]
let widths: [Int] = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
func line(_ cells: [String]) -> String {
    cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ")
}
print("Pratiques benchmark — \(count) assessments × \(SyntheticData.dimensions * SyntheticData.criteriaPerDimension) answers = \(summary.answers) answer rows; import times are medians of \(repetitions) alternated runs")
print("C runs: \(cTimes.map { format($0) }.joined(separator: ", ")) s; our runs: \(swiftTimes.map { format($0) }.joined(separator: ", ")) s")
print(line(header))
print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-"))
for row in rows { print(line(row)) }
print("")
print("peak memory: Swift process \(format(peak, 1)) MiB (\(format(afterImportPeak, 1)) MiB after import, synthetic batch held in memory); C baseline \(format(cPeak, 1)) MiB")
print("check: \(swiftCount) answer rows in our database, \(Int(cValues["rows"] ?? -1)) in the C one; level sums \(swiftSum) / \(Int(cValues["level_sum"] ?? -1)); \(scoredCount) assessments scored, mean overall \(format(overallSum / Double(max(scoredCount, 1)), 2)) (in memory \(format(pureSum / Double(max(scoredCount, 1)), 2)))")
if swiftCount != Int(cValues["rows"] ?? -1) || swiftSum != Int(cValues["level_sum"] ?? -1) {
    print("MISMATCH: the two databases differ")
    exit(1)
}
