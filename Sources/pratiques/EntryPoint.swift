import ArgumentParser
import Foundation
import PratiquesCore

/// Runs the CLI with the project's exit codes: 0 success, 1 bad input, 2 usage error.
@main
enum EntryPoint {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = Language.resolve(explicit: languageArgument(in: arguments))
        do {
            var command = try Pratiques.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as LocalizedFailure {
            Output.error(failure, language)
            exit(1)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Pratiques.exitCode(for: error)
            let message = Pratiques.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// `--lang X` or `--lang=X`, read before parsing so that even usage errors use it.
    static func languageArgument(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}
