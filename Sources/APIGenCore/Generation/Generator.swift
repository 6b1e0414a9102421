/// Runs the whole pipeline for a set of outputs and plans every write, without writing:
/// specs -> model -> each emitter's files -> one `OutputPlan` per output folder.
public struct Generator: Sendable {
    public var specPaths: [String]
    public var outputs: [GeneratorConfig.Output]
    /// Folders whose templates replace the built-in ones file by file.
    public var templateOverrides: [String]
    /// Which renderer renders the templates (swift-mustache itself, to compare against).
    public var templateEngine: TemplateSet.Engine

    public init(
        specPaths: [String], outputs: [GeneratorConfig.Output], templateOverrides: [String] = [],
        templateEngine: TemplateSet.Engine = .automatic
    ) {
        self.specPaths = specPaths
        self.outputs = outputs
        self.templateOverrides = templateOverrides
        self.templateEngine = templateEngine
    }

    public struct Outcome: Sendable {
        /// Spec and template diagnostics, sorted.
        public var diagnostics: [Diagnostic]
        /// Problems that are not about a position in an input (unreadable paths, unsafe output paths).
        public var failures: [String]
        /// One plan per output; empty when anything failed, so a failed run writes nothing.
        public var plans: [OutputPlan]
        /// Every file read: specs and the templates that are files on disk (for depfiles).
        public var inputs: [String]
        public var specFileCount: Int

        public var succeeded: Bool { failures.isEmpty && !diagnostics.contains { $0.severity == .error } }
    }

    public func plan() -> Outcome {
        var outcome = Outcome(diagnostics: [], failures: [], plans: [], inputs: [], specFileCount: 0)
        // Each distinct set of spec folders is compiled once, whatever number of outputs use it.
        var models: [[String]: APIModel] = [:]
        var specFiles: [[String]: [String: String]] = [:]
        for specs in Set(outputs.map { $0.specs ?? specPaths }).sorted(by: { $0.joined(separator: "\n") < $1.joined(separator: "\n") }) {
            let collected = SpecSource.collect(specs)
            outcome.failures += collected.errors
            outcome.specFileCount += collected.sources.count
            outcome.inputs += collected.sources.map(\.path)
            let compiled = SpecCompiler().compile(collected.sources)
            outcome.diagnostics += compiled.diagnostics
            models[specs] = compiled.model
            specFiles[specs] = Self.relativePaths(of: collected.sources.map(\.path), in: specs)
        }
        guard outcome.succeeded else { return outcome }

        var templates: TemplateSet
        do {
            templates = try TemplateSet.builtin(overriddenBy: templateOverrides)
            templates.engine = templateEngine
        } catch {
            outcome.diagnostics += error.diagnostics.sorted()
            return outcome
        }
        outcome.inputs += templates.sources.values.filter { !$0.isBuiltin }.map(\.path)
        var plans: [OutputPlan] = []
        for output in outputs {
            guard let emitter = EmitterRegistry.make(output.emitter, options: output.options) else {
                outcome.failures.append("unknown emitter '\(output.emitter)'")
                continue
            }
            guard let model = models[output.specs ?? specPaths] else { continue }  // every spec set was compiled above
            do {
                var files = try emitter.emit(model, templates: templates)
                if output.options.layout == .perSpecFile, output.emitter.hasPrefix("swift-") {
                    files = SpecFileLayout.regroup(
                        files, specFiles: specFiles[output.specs ?? specPaths] ?? [:], emitter: output.emitter,
                        module: output.options.moduleName)
                }
                plans.append(try OutputPlan.make(folder: output.path, files: files))
            } catch let error as TemplateError {
                outcome.diagnostics += error.diagnostics.sorted()
            } catch let error as OutputError {
                outcome.failures.append(error.description)
            } catch {
                outcome.failures.append("\(error)")
            }
        }
        outcome.diagnostics.sort()
        outcome.inputs = Array(Set(outcome.inputs)).sorted()
        if outcome.succeeded { outcome.plans = plans }
        return outcome
    }

    /// Each spec path relative to the folder argument it was found under (a file argument: its name).
    static func relativePaths(of paths: [String], in roots: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for path in paths {
            let root = roots.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.first { path.hasPrefix($0 + "/") }
            result[path] = root.map { String(path.dropFirst($0.count + 1)) } ?? String(path.split(separator: "/").last ?? "")
        }
        return result
    }
}
