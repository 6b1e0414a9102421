import APIGenCore
import ArgumentParser
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift client and server code and Markdown docs from endpoint specs.",
        discussion: """
            With no options, reads apigen.yaml in the current folder and regenerates every output it names.
            Without a config, --specs DIR --output DIR writes every emitter into subfolders of DIR \
            (swift-client/, swift-server/, swift-mock/, markdown/).
            Only files whose contents change are written; files apigen generated before and no longer \
            produces are removed; other files are never touched. A run with any error writes nothing.
            """)

    @Option(help: "The config file (default: apigen.yaml when it exists).")
    var config: String?

    @Option(help: "Spec folder or file; repeatable. Overrides the config's 'specs'.")
    var specs: [String] = []

    @Option(help: "Write every emitter into subfolders of this folder, ignoring the config's outputs.")
    var output: String?

    @Option(help: "Only these emitters (swift-client, swift-server, swift-mock, markdown, openapi); repeatable.")
    var emitter: [String] = []

    @Option(help: "A folder of templates that replace the built-in ones file by file.")
    var templates: String?

    @Option(help: "The Swift module name for generated code (with --output).")
    var module: String?

    @Option(help: "Server and mock code: the module holding the client's types (default <Prefix>Client).")
    var clientModule: String?

    @Option(help: "Mock code: the module holding the server stubs (default <Prefix>Server).")
    var serverModule: String?

    @Option(help: "Access level of generated Swift declarations: public, package or internal (with --output).")
    var access: EmitterOptions.AccessLevel?

    @Option(help: "Swift file layout: per-declaration (one file per type and endpoint) or per-spec-file (for build plugins).")
    var layout: EmitterOptions.Layout?

    @Option(help: "Swift client modules: single, or per-category (a core module, one per category, and an umbrella).")
    var modules: EmitterOptions.Modules?

    @Option(help: "With --modules per-category: categories with fewer endpoints than this share one module.")
    var minModuleEndpoints: Int?

    @Option(
        help: "With --modules per-category: pack the categories, in name order, into modules of at most this many endpoints.")
    var maxModuleEndpoints: Int?

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Swift client: also write each endpoint's method that takes the inputs as parameters (the default).",
            discussion: "--no-flattened-methods leaves one method per endpoint, the one that takes its Request."))
    var flattenedMethods: Bool?

    @Flag(help: "Write nothing; exit 1 and show a diff when the output on disk is not current.")
    var check = false

    @Flag(help: "Write nothing; print what would be created, updated or deleted.")
    var dryRun = false

    @Option(help: "Write a make-format dependency file listing every spec and template read.")
    var depfile: String?

    @Option(help: "The target named in the dependency file (default: the dependency file itself).")
    var depfileTarget: String?

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Option(help: "How many files to render at once (default: one per core); the output is the same for any value.")
    var jobs: Int?

    @Option(help: "Where to remember each output's inputs between runs (default: $APIGEN_CACHE_DIR, else ~/.cache/apigen).")
    var cacheDir: String?

    @Flag(help: "Render everything even when nothing changed since the last run.")
    var noCache = false

    func validate() throws {
        if check && dryRun { throw ValidationError("--check and --dry-run cannot be combined") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let setup = try resolveSetup()
        let generator = Generator(
            specPaths: setup.specs, outputs: setup.outputs, templateOverrides: setup.templates)
        // --check and --dry-run always render: they report what the templates produce now.
        let cache = noCache || check || dryRun ? nil : (cacheDir ?? GenerationCache.defaultFolder).map(GenerationCache.init(folder:))
        let outcome = generator.plan(cache: cache)
        for diagnostic in outcome.diagnostics { printError(diagnostic.formatted) }
        for failure in outcome.failures { printError("apigen: error: \(failure)") }
        let warnings = outcome.diagnostics.count { $0.severity == .warning }
        guard outcome.succeeded, !(warningsAsErrors && warnings > 0) else {
            printError("apigen: nothing was written")
            throw ExitCode(1)
        }
        if check {
            try report(stale: outcome.plans)
        } else if dryRun {
            for plan in outcome.plans {
                for entry in plan.changes { print("\(entry.action.rawValue) \(plan.folder)/\(entry.path)") }
            }
            let count = outcome.plans.reduce(0) { $0 + $1.changes.count }
            print(count == 0 ? "nothing to do" : "\(count) file\(count == 1 ? "" : "s") would change")
        } else {
            var changed = 0
            for plan in outcome.plans {
                do {
                    try OutputWriter.apply(plan)
                } catch {
                    cache?.forget(plan.folder)
                    printError("apigen: error: \(error)")
                    throw ExitCode(1)
                }
                changed += plan.changes.count
                cache?.remember(plan, from: outcome)
            }
            let total = outcome.plans.reduce(0) { $0 + $1.entries.count { $0.action != .delete } }
            let skipped = outcome.cachedFolders.count == outcome.plans.count ? " (nothing changed since the last run: nothing rendered)" : ""
            printError("apigen: \(total) files generated from \(outcome.specFileCount) spec files, \(changed) changed\(skipped)")
        }
        if let depfile {
            let text = DependencyFile.contents(target: depfileTarget ?? depfile, inputs: outcome.inputs)
            do {
                try text.write(toFile: depfile, atomically: true, encoding: .utf8)
            } catch {
                printError("apigen: error: cannot write \(depfile): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }
    }

    private func report(stale plans: [OutputPlan]) throws {
        var stale = 0
        for plan in plans {
            for entry in plan.changes {
                stale += 1
                let path = "\(plan.folder)/\(entry.path)"
                switch entry.action {
                case .create: print("missing: \(path)")
                case .update: print("stale: \(path)")
                case .delete: print("extra: \(path) (generated earlier, no longer produced)")
                case .unchanged: break
                }
                print(UnifiedDiff.make(old: entry.current ?? "", new: entry.contents ?? "", oldName: "a/\(path)", newName: "b/\(path)"))
            }
        }
        guard stale == 0 else {
            printError("apigen: \(stale) generated file\(stale == 1 ? " is" : "s are") not current; run 'apigen generate'")
            throw ExitCode(1)
        }
        printError("apigen: generated output is current")
    }

    private struct Setup {
        var specs: [String]
        var outputs: [GeneratorConfig.Output]
        var templates: [String]
    }

    /// Combines apigen.yaml (when used) with the flags; flags win.
    private func resolveSetup() throws -> Setup {
        var setup = Setup(specs: ["api-specs"], outputs: [], templates: [])
        let configPath = config ?? (output == nil && FileManager.default.fileExists(atPath: GeneratorConfig.fileName) ? GeneratorConfig.fileName : nil)
        if let configPath {
            guard let data = FileManager.default.contents(atPath: configPath) else {
                printError("apigen: error: cannot read config file \(configPath)")
                throw ExitCode(2)
            }
            let (decoded, diagnostics) = GeneratorConfig.decode(Array(data), path: configPath)
            for diagnostic in diagnostics { printError(diagnostic.formatted) }
            guard let decoded else { throw ExitCode(1) }
            setup.specs = decoded.specs
            setup.outputs = decoded.outputs
            if let folder = decoded.templates { setup.templates = [folder] }
        }
        if !specs.isEmpty { setup.specs = specs }
        if let templates { setup.templates.append(templates) }
        if let output {
            let names = emitter.isEmpty ? EmitterRegistry.names : emitter
            setup.outputs = names.map { name in
                var options = EmitterOptions(
                    moduleName: module, clientModuleName: clientModule, accessLevel: access ?? .public)
                options.serverModuleName = serverModule
                options.locales = nil
                return GeneratorConfig.Output(emitter: name, path: output + "/" + name, options: options)
            }
        } else if !emitter.isEmpty {
            setup.outputs = setup.outputs.filter { emitter.contains($0.emitter) }
        }
        for name in emitter where !EmitterRegistry.names.contains(name) {
            throw ValidationError("unknown emitter '\(name)'; expected one of \(EmitterRegistry.names.joined(separator: ", "))")
        }
        for index in setup.outputs.indices {
            if let jobs { setup.outputs[index].options.parallelism = jobs }
            // The flags apply to the outputs whose emitter writes such a layout, or splits into modules.
            let emitterType = EmitterRegistry.type(named: setup.outputs[index].emitter)
            if let layout, emitterType?.layouts.contains(layout) == true { setup.outputs[index].options.layout = layout }
            if let modules, emitterType?.splitsIntoModules == true { setup.outputs[index].options.modules = modules }
            if let minModuleEndpoints, emitterType?.splitsIntoModules == true {
                guard minModuleEndpoints >= 1 else { throw ValidationError("--min-module-endpoints must be 1 or more") }
                setup.outputs[index].options.minimumModuleEndpoints = minModuleEndpoints
            }
            if let maxModuleEndpoints, emitterType?.splitsIntoModules == true {
                guard maxModuleEndpoints >= 1 else { throw ValidationError("--max-module-endpoints must be 1 or more") }
                setup.outputs[index].options.maximumModuleEndpoints = maxModuleEndpoints
            }
            if let flattenedMethods, emitterType?.writesClientMethods == true {
                setup.outputs[index].options.flattenedMethods = flattenedMethods
            }
            let output = setup.outputs[index]
            if let problem = EmitterRegistry.problems(with: output.options, for: output.emitter).first {
                throw ValidationError("\(output.path): \(problem.message)")
            }
        }
        if setup.outputs.isEmpty {
            throw ValidationError("nothing to generate: no \(GeneratorConfig.fileName) here, and no --output given")
        }
        return setup
    }
}

extension EmitterOptions.AccessLevel: ExpressibleByArgument {}
extension EmitterOptions.Modules: ExpressibleByArgument {}
extension EmitterOptions.Layout: ExpressibleByArgument {}
