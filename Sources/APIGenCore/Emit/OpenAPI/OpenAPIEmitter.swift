/// Emits the API as one OpenAPI 3.1 document, `openapi.yaml` (or `openapi.json` with
/// `format: json`), for the tools that read OpenAPI: Swagger UI, Redoc, Postman, schemathesis,
/// other generators. Text is in the first of the output's `locales` (default: the API's first
/// locale); the other locales' text is in `x-apigen-…` extensions. Template: `openapi/openapi`.
public struct OpenAPIEmitter: Emitter {
    public static let name = "openapi"

    /// The document's language for `summary` and `description`; nil is the API's default locale.
    public var locale: String?
    public var format: EmitterOptions.DocumentFormat
    public var parallelism: Int { 1 }

    public init(locale: String? = nil, format: EmitterOptions.DocumentFormat = .yaml) {
        self.locale = locale
        self.format = format
    }

    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let format = self.format, locale = self.locale ?? model.settings.defaultLocale
        return [
            {
                let document = OpenAPIDocument(model: model, locale: locale).build()
                let text: String
                switch format {
                case .yaml: text = OpenAPIDocument.yaml(document).document()
                case .json: text = document.prettyText + "\n"
                }
                let frame = OpenAPIFileModel(document: text, isYAML: format == .yaml)
                var rendered = try templates.render("openapi/openapi", frame)
                while rendered.hasSuffix("\n") { rendered.removeLast() }
                return GeneratedFile(path: "openapi." + format.rawValue, contents: rendered + "\n")
            }
        ]
    }
}

/// What the `openapi/openapi` template fills in: one file, so its properties are read through
/// `Mirror` (no generated lookup).
struct OpenAPIFileModel: TemplateObject {
    /// The document, serialized.
    var document: String
    var isYAML: Bool
    var openAPIVersion = OpenAPIDocument.version
}
