/// Runs the whole pipeline (`Pipeline`) for a set of outputs and plans every write, without
/// writing: specs -> model -> each emitter's files -> one `OutputPlan` per output folder. It
/// decides how the stages run: each distinct spec set compiled once, the templates parsed while the
/// specs compile, every output's render jobs in one pool, and outputs the cache has seen unchanged
/// planned without rendering.
public struct Generator: Sendable {
    public var specPaths: [String]
    public var outputs: [GeneratorConfig.Output]
    /// Folders whose templates replace the built-in ones file by file.
    public var templateOverrides: [String]

    public init(specPaths: [String], outputs: [GeneratorConfig.Output], templateOverrides: [String] = []) {
        self.specPaths = specPaths
        self.outputs = outputs
        self.templateOverrides = templateOverrides
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
        /// Each output folder's fingerprint, to record in the cache once its plan is applied.
        public var fingerprints: [String: GenerationCache.Fingerprint] = [:]
        /// The output folders planned from the cache, without rendering (every file unchanged).
        public var cachedFolders: Set<String> = []

        public var succeeded: Bool { failures.isEmpty && !diagnostics.contains { $0.severity == .error } }
    }

    /// Plans every output. With a cache, an output whose inputs and files are as the last
    /// successful run left them is planned as unchanged without compiling specs or rendering.
    public func plan(cache: GenerationCache? = nil) -> Outcome {
        var outcome = Outcome(diagnostics: [], failures: [], plans: [], inputs: [], specFileCount: 0)
        // Each distinct set of spec folders is read (and, when needed, compiled) once, whatever
        // number of outputs use it.
        var specSets: [[String]: [SpecSource]] = [:]
        for specs in Self.distinct(outputs.map { $0.specs ?? specPaths }) {
            let collected = SpecSource.collect(specs)
            outcome.failures += collected.errors
            outcome.specFileCount += collected.sources.count
            outcome.inputs += collected.sources.map(\.path)
            specSets[specs] = collected.sources
        }
        guard outcome.succeeded else { return outcome }

        let templateSources: [String: TemplateSet.TemplateSource]
        do {
            templateSources = try TemplateSet.builtinSources(overriddenBy: templateOverrides)
        } catch {
            outcome.diagnostics += error.diagnostics.sorted()
            return outcome
        }
        outcome.inputs += templateSources.values.filter { !$0.isBuiltin }.map(\.path)
        outcome.inputs = Array(Set(outcome.inputs)).sorted()

        var cached: [String: OutputPlan] = [:]
        if let cache { cached = cachedPlans(in: cache, specSets: specSets, templates: templateSources, outcome: &outcome) }
        let pending = outputs.filter { cached[$0.path] == nil }
        // Templates are parsed only when something is rendered, on another thread while the
        // specs compile: parsing the larger templates keeps one core busy for a while.
        let parse: @Sendable () -> Result<TemplateSet, TemplateError> = { [pending] in
            Result { () throws(TemplateError) in
                pending.isEmpty ? try TemplateSet(sources: [:]) : try TemplateSet(sources: templateSources)
            }
        }
        let (parsed, compiled) = ParallelMap.overlapping(parse) {
            Self.distinct(pending.map { $0.specs ?? specPaths }).map { specs in
                let sources = specSets[specs] ?? []
                return (specs, SpecCompiler().compile(sources), Self.relativePaths(of: sources.map(\.path), in: specs))
            }
        }
        let templates: TemplateSet
        switch parsed {
        case .success(let set): templates = set
        case .failure(let error):
            // As before: with a template error, the specs' diagnostics are not shown.
            outcome.diagnostics += error.diagnostics.sorted()
            return outcome
        }
        var models: [[String]: APIModel] = [:]
        var specFiles: [[String]: [String: String]] = [:]
        for (specs, result, paths) in compiled {
            outcome.diagnostics += result.diagnostics
            models[specs] = result.model
            specFiles[specs] = paths
        }
        guard outcome.succeeded else {
            outcome.diagnostics.sort()
            return outcome
        }

        let results = render(pending, models: models, specFiles: specFiles, templates: templates)
        var plans: [OutputPlan] = []
        var nextResult = results.makeIterator()
        for output in outputs {
            if let plan = cached[output.path] {
                plans.append(plan)
                outcome.cachedFolders.insert(output.path)
                continue
            }
            switch nextResult.next() {
            case .planned(let plan): plans.append(plan)
            case .diagnostics(let diagnostics): outcome.diagnostics += diagnostics
            case .failure(let failure): outcome.failures.append(failure)
            case nil: break
            }
        }
        outcome.diagnostics.sort()
        if outcome.succeeded { outcome.plans = plans }
        return outcome
    }

    /// The plans of the outputs whose inputs and files are as the last successful run left
    /// them (every file unchanged, nothing rendered); every output's fingerprint goes into
    /// `outcome`, to be recorded once its plan is applied.
    private func cachedPlans(
        in cache: GenerationCache, specSets: [[String]: [SpecSource]], templates: [String: TemplateSet.TemplateSource],
        outcome: inout Outcome
    ) -> [String: OutputPlan] {
        var plans: [String: OutputPlan] = [:]
        let templateDigest = GenerationCache.digest(of: templates)
        var specDigests: [[String]: GenerationCache.InputDigest] = [:]
        for output in outputs {
            let specs = output.specs ?? specPaths
            let specDigest = specDigests[specs] ?? GenerationCache.digest(of: specSets[specs] ?? [])
            specDigests[specs] = specDigest
            let fingerprint = GenerationCache.fingerprint(output: output, specs: specDigest, templates: templateDigest)
            outcome.fingerprints[output.path] = fingerprint
            if let paths = cache.unchangedFiles(in: output.path, fingerprint: fingerprint) {
                plans[output.path] = OutputPlan(
                    folder: output.path, entries: paths.map { OutputPlan.Entry(path: $0, action: .unchanged, contents: nil, current: nil) })
            }
        }
        return plans
    }

    /// Renders `outputs` and compares each with its folder. Every output's files render in one
    /// pool, so the cores stay busy until the last file of all, instead of one emitter's serial
    /// steps or last files leaving a core idle; the job lists (an emitter's site, indexes and
    /// builders) are made side by side too.
    private func render(
        _ outputs: [GeneratorConfig.Output], models: [[String]: APIModel], specFiles: [[String]: [String: String]], templates: TemplateSet
    ) -> [OutputResult] {
        let parallelism = outputs.map(\.options.parallelism).min() ?? 1
        let specPaths = specPaths
        let emitters = ParallelMap.map(count: outputs.count, parallelism: parallelism) {
            index -> (emitter: any Emitter, jobs: [ParallelRenderer.Job])? in
            let output = outputs[index]
            var options = output.options
            options.outputFolder = output.path
            guard let emitter = EmitterRegistry.make(output.emitter, options: options),
                let model = models[output.specs ?? specPaths]  // every spec set was compiled above
            else { return nil }
            return (emitter, Pipeline.render(model, with: emitter, templates: templates))
        }
        let withJobs = emitters.indices.filter { emitters[$0] != nil }
        var rendered: [Result<[GeneratedFile], TemplateError>?] = Array(repeating: nil, count: outputs.count)
        for (index, result) in zip(withJobs, ParallelRenderer.run(groups: withJobs.compactMap { emitters[$0]?.jobs }, parallelism: parallelism)) {
            rendered[index] = result
        }
        // Each emitter arranges its files; comparing with the disk (reading what is there) goes on
        // while another output is compared.
        let finished = rendered
        return ParallelMap.map(count: outputs.count, parallelism: parallelism) { index in
            let output = outputs[index]
            let arranged = finished[index].map { result in
                result.map { files in
                    emitters[index].map { Pipeline.arrange(files, by: $0.emitter, specFiles: specFiles[output.specs ?? specPaths] ?? [:]) } ?? files
                }
            }
            return Self.planOutput(output, rendered: arranged)
        }
    }

    /// Each set of spec paths once, in a stable order.
    private static func distinct(_ sets: [[String]]) -> [[String]] {
        Set(sets).sorted { $0.joined(separator: "\n") < $1.joined(separator: "\n") }
    }

    private enum OutputResult: Sendable {
        case planned(OutputPlan)
        case diagnostics([Diagnostic])
        case failure(String)
    }

    /// Compares one output's rendered files with its folder.
    private static func planOutput(_ output: GeneratorConfig.Output, rendered: Result<[GeneratedFile], TemplateError>?) -> OutputResult {
        guard let rendered else {
            return EmitterRegistry.names.contains(output.emitter)
                ? .failure("the specs of \(output.path) were not compiled") : .failure("unknown emitter '\(output.emitter)'")
        }
        do {
            return .planned(try Pipeline.plan(try rendered.get(), in: output.path))
        } catch let error as TemplateError {
            return .diagnostics(error.diagnostics.sorted())
        } catch let error as OutputError {
            return .failure(error.description)
        } catch {
            return .failure("\(error)")
        }
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
