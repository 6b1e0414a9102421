import ArgumentParser

extension APIGen {
    /// Runs the command line as ArgumentParser's own `main()` does, except that a usage error
    /// (an unknown flag, a missing value) exits with 2, as `apigen validate --help` promises,
    /// instead of ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            printError(fullMessage(for: error))
            exit(withError: ExitCode(2))
        }
    }
}
