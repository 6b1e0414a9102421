/// Turns the API model into output files through templates.
public protocol Emitter: Sendable {
    /// The emitter's name in configs and on the command line (`swift-client`, `markdown`).
    static var name: String { get }
    /// How many files to render at once.
    var parallelism: Int { get }
    /// One job per file, each rendering its file; making the list renders nothing, so the jobs
    /// of several emitters can share the cores (`Generator` runs them all in one pool).
    func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job]
}

extension Emitter {
    /// Renders every file, sorted by path; a template error is thrown with its diagnostics.
    public func emit(_ model: APIModel, templates: TemplateSet) throws(TemplateError) -> [GeneratedFile] {
        try ParallelRenderer.run(renderJobs(model, templates: templates), parallelism: parallelism)
    }
}
