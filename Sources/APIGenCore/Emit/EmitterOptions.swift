/// Per-output settings from `apigen.yaml` or the command line.
public struct EmitterOptions: Sendable, Hashable {
    public enum AccessLevel: String, Sendable, Hashable, CaseIterable {
        case `public`, `package`, `internal`
    }

    /// The Swift module the generated code is compiled into (`ZStackClient`).
    public var moduleName: String?
    /// For server and mock code: the module holding the client's types (default `<Prefix>Client`).
    public var clientModuleName: String?
    /// For mock code: the module holding the server stubs (default `<Prefix>Server`).
    public var serverModuleName: String?
    /// The access level of generated declarations.
    public var accessLevel: AccessLevel = .public
    /// Markdown: the locales to write (default: every locale of the API).
    public var locales: [String]?
    /// How generated Swift is split into files.
    public enum Layout: String, Sendable, Hashable, CaseIterable {
        /// One file per type and per endpoint, plus the support files (for checked-in code).
        case perDeclaration = "per-declaration"
        /// One file per spec file plus `APIGenRuntime.swift` (for build plugins, which must name
        /// their outputs before apigen runs).
        case perSpecFile = "per-spec-file"
    }

    public var layout: Layout = .perDeclaration
    /// How many files to render at once (the output is the same for any value).
    public var parallelism: Int = ParallelRenderer.defaultParallelism

    public init(moduleName: String? = nil, clientModuleName: String? = nil, accessLevel: AccessLevel = .public, locales: [String]? = nil) {
        self.moduleName = moduleName
        self.clientModuleName = clientModuleName
        self.accessLevel = accessLevel
        self.locales = locales
    }
}
