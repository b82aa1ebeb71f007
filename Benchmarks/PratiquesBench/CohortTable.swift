import Foundation

/// `pratiques-bench cohort-table ORGANISATIONS DIRECTORY`: the cohort table, from the `key value`
/// outputs that `scripts/bench.sh` saved in DIRECTORY (`c-N.txt`, `swift-N.txt`, `python-N.txt`,
/// one per run). Times are medians over the runs; peak memory is the largest over the runs.
/// Returns 1 when the three programs did not write the same data.
enum CohortTable {
    typealias Run = [String: Double]

    static func runs(_ prefix: String, in directory: String) -> [Run] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(prefix + "-") && $0.hasSuffix(".txt") }.sorted()
        return names.compactMap { name in
            guard let text = try? String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8) else { return nil }
            var run: Run = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count == 2, let value = Double(parts[1]) { run[String(parts[0])] = value }
            }
            return run["seconds"] == nil ? nil : run
        }
    }

    static func median(_ runs: [Run], _ key: String) -> Double {
        let values = runs.compactMap { $0[key] }.sorted()
        return values.isEmpty ? .nan : values[values.count / 2]
    }

    static func maximum(_ runs: [Run], _ key: String) -> Double { runs.compactMap { $0[key] }.max() ?? .nan }

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2, let organisations = Int(arguments[0]) else {
            FileHandle.standardError.write(Data("usage: pratiques-bench cohort-table ORGANISATIONS DIRECTORY\n".utf8))
            return 2
        }
        let directory = arguments[1]
        let c = runs("c", in: directory), ours = runs("swift", in: directory), python = runs("python", in: directory)
        let oursWithoutData = runs("swift0", in: directory)
        guard !c.isEmpty else {
            FileHandle.standardError.write(Data("cohort-table: no C run in \(directory)\n".utf8))
            return 1
        }
        func format(_ value: Double, _ digits: Int = 2) -> String { value.isNaN ? "—" : String(format: "%.\(digits)f", value) }
        func verdict(_ met: Bool, _ value: Double) -> String { value.isNaN ? "FAILED" : met ? "ok" : "MISSED" }
        let cSeconds = median(c, "seconds"), ourSeconds = median(ours, "seconds"), pythonSeconds = median(python, "seconds")
        let ourPeak = maximum(ours, "peak_mib")
        let ratio = ourSeconds / cSeconds, faster = pythonSeconds / ourSeconds
        var rows: [[String]] = [
            ["C libxlsxwriter constant-memory: Données", format(cSeconds), "1.00", "—", "—", format(maximum(c, "peak_mib"), 1), "—"],
            ["ours: statistics + cohort workbook (6 sheets)", format(ourSeconds), format(ratio), "≤ 1.50 × C", verdict(ratio <= 1.5, ratio),
             format(ourPeak, 1), "≤ 64: " + verdict(ourPeak <= 64, ourPeak)],
            ["  of which statistics (draw, score, accumulate)", format(median(ours, "statistics_seconds")),
             format(median(ours, "statistics_seconds") / cSeconds), "—", "—", "", ""],
            ["  of which workbook (Données scored again)", format(median(ours, "workbook_seconds")),
             format(median(ours, "workbook_seconds") / cSeconds), "—", "—", "", ""],
        ]
        if !oursWithoutData.isEmpty {
            let without = median(oursWithoutData, "seconds")
            rows.append(["  ours without Données (statistics + 5 other sheets)", format(without), format(without / cSeconds), "—", "—",
                         format(maximum(oursWithoutData, "peak_mib"), 1), ""])
            rows.append(["  ours, Données part (difference: like for like)", format(ourSeconds - without),
                         format((ourSeconds - without) / cSeconds), "—", "—", "", ""])
        }
        if !python.isEmpty {
            rows.append(["Python pandas + XlsxWriter: Données", format(pythonSeconds), format(pythonSeconds / cSeconds), "—", "—",
                         format(maximum(python, "peak_mib"), 1), "—"])
            rows.append(["pandas time / our time", format(faster, 1) + " ×", "", "≥ 4 × faster", verdict(faster >= 4, faster), "", ""])
        }
        let header = ["cohort step", "time (s)", "ratio vs C", "target", "ok?", "peak MiB", "memory target"]
        let widths: [Int] = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ")
        }
        let sessions = 3, criteria = SyntheticData.dimensions * SyntheticData.criteriaPerDimension
        print("Cohort benchmark — \(organisations) organisations × \(sessions) sessions × \(criteria) criteria = "
              + "\(organisations * sessions * criteria) Données rows; medians of \(c.count) C, \(ours.count) Swift, \(python.count) Python alternated runs")
        func list(_ runs: [Run]) -> String { runs.map { format($0["seconds"] ?? .nan) }.joined(separator: ", ") }
        print("C runs: \(list(c)) s; our runs: \(list(ours)) s; Python runs: \(python.isEmpty ? "none" : list(python)) s")
        print(line(header))
        print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-"))
        for row in rows { print(line(row)) }

        // Each program counted and summed what it wrote; the three must agree.
        var failed = false
        let reference = c[0]
        for (label, group) in [("ours", ours), ("Python", python)] {
            for run in group {
                for key in ["rows", "level_sum", "score_sum", "respondents_sum"] where run[key] != reference[key] {
                    print("MISMATCH: \(label) \(key) \(format(run[key] ?? .nan, 1)) ≠ C \(format(reference[key] ?? .nan, 1))")
                    failed = true
                }
            }
        }
        if ours.isEmpty {
            print("FAILED: no run of ours finished (see the messages above)")
            failed = true
        }
        print("check: Données rows C \(Int(reference["rows"] ?? -1)), ours \(Int(ours.first?["rows"] ?? -1))"
              + (python.isEmpty ? "" : ", Python \(Int(python[0]["rows"] ?? -1))")
              + "; sum of valeur \(Int(reference["level_sum"] ?? -1)), of score \(format(reference["score_sum"] ?? .nan, 1))"
              + (ours.isEmpty ? " — ours FAILED" : failed ? " — MISMATCH" : ", the same in every run of the three programs"))
        return failed ? 1 : 0
    }
}
