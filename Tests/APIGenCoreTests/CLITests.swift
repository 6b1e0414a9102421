import APIGenCore
import Foundation
import Testing

/// The `apigen` executable, run as a subprocess: exit codes, output and its order.
@Suite("apigen command line")
struct CLITests {
    private let cli: CLIRunner

    init() throws { cli = try CLIRunner.locate() }

    @Test("validate exits 0 on the repository's specs")
    func cleanSpecs() throws {
        let run = try cli.run(["validate", "api-specs"], in: TestPaths.packageRoot)
        #expect(run == CLIRunner.Run(exitCode: 0, standardOutput: "", standardError: "3 spec files checked: no problems\n"))
    }

    @Test("validate exits 1 and prints every diagnostic sorted by file and position")
    func malformedFolder() throws {
        let run = try cli.run(["validate", "malformed-base", "cli/broken"], in: TestPaths.fixtures)
        #expect(run.exitCode == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError == """
            cli/broken/broken-yaml.yaml:5:1: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 4, column 13)
            cli/broken/host.yaml:5:11: error: invalid method 'FETCH'; expected one of 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'
            cli/broken/host.yaml:7:3: error: unknown keyword 'typo' in the endpoint
            cli/broken/vm.yaml:11:25: error: unknown type 'VmInventry'; define it under 'types:', or with 'fields:' or 'values:' at its first use
            cli/broken/vm.yaml:14:20: error: example value for 'uuid' must be a string (String), found a number '1'
            5 spec files checked: 5 errors, 0 warnings

            """)
    }

    @Test("validate exits 2 on a path that does not exist")
    func missingPath() throws {
        let run = try cli.run(["validate", "no-such-folder"], in: TestPaths.fixtures)
        #expect(run.exitCode == 2)
        #expect(run.standardError == "apigen: error: no such file or folder: no-such-folder\n")
    }

    @Test("An unknown flag is a usage error: exit 2")
    func unknownFlag() throws {
        let run = try cli.run(["validate", "--frobnicate", "api-specs"], in: TestPaths.packageRoot)
        #expect(run.exitCode == 2)
        #expect(run.standardError.contains("--frobnicate"))
    }

    @Test("--warnings-as-errors turns a warning into exit 1")
    func warningsAsErrors() throws {
        let arguments = ["validate", "malformed-base", "malformed/no-declarations.yaml"]
        let lenient = try cli.run(arguments, in: TestPaths.fixtures)
        let strict = try cli.run(arguments + ["--warnings-as-errors"], in: TestPaths.fixtures)
        #expect(lenient.exitCode == 0)
        #expect(strict.exitCode == 1)
        #expect(strict.standardError == lenient.standardError)
        #expect(strict.standardError.contains("warning: this spec file declares no 'api', 'endpoint' or 'types'"))
    }

    @Test("--version prints the version")
    func version() throws {
        let run = try cli.run(["--version"], in: TestPaths.packageRoot)
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == APIGenVersion.current + "\n")
    }

    @Test("Two runs over the whole malformed corpus print the same bytes")
    func outputIsStable() throws {
        let arguments = ["validate", "malformed-base", "malformed"]
        let first = try cli.run(arguments, in: TestPaths.fixtures)
        let second = try cli.run(arguments, in: TestPaths.fixtures)
        #expect(first.exitCode == 1)
        #expect(first.standardError.split(separator: "\n").count > 45)
        #expect(first == second)
    }
}
