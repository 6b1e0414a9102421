/// Turns the API model into output files through templates.
public protocol Emitter: Sendable {
    /// The emitter's name in configs and on the command line (`swift-client`, `markdown`).
    static var name: String { get }
    /// Renders every file; a template error is thrown with its diagnostics.
    func emit(_ model: APIModel, templates: TemplateSet) throws(TemplateError) -> [GeneratedFile]
}
