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
    /// How a generated Swift client is divided into modules.
    public enum Modules: String, Sendable, Hashable, CaseIterable {
        /// One module holds everything.
        case single
        /// A core module (runtime and the types several categories use), one module per top-level
        /// category, and an umbrella module that re-exports them all: a changed spec recompiles
        /// only its category's module, and the modules compile side by side.
        case perCategory = "per-category"
    }

    public var modules: Modules = .single
    /// With per-category modules: categories with fewer endpoints than this share one module
    /// (`<Umbrella>SmallCategories`) instead of a module each, which costs a module's fixed jobs
    /// for every small category. 1, the default, gives every category its own module.
    public var minimumModuleEndpoints = 1
    /// With per-category modules: pack the categories, in name order, into modules of at most
    /// this many endpoints (`<Umbrella>Part1`, `Part2`, ...; a larger category is a part of its
    /// own), instead of a module per category. Fewer, evenly sized modules cost a clean build
    /// fewer fixed jobs and bound what one changed spec recompiles. `nil`, the default, packs nothing.
    public var maximumModuleEndpoints: Int?
    /// Swift client: whether each endpoint also gets the method that takes the call's inputs as
    /// parameters (`updateGuestToolsState(vmInstanceUuid:systemTags:userTags:)`) beside the one that
    /// takes its `Request` (`updateGuestToolsState(_:)`). `false` leaves one method per endpoint,
    /// called as `updateGuestToolsState(.init(vmInstanceUuid: uuid))`, which a large API's client
    /// compiles faster. `nil` (not set) is `true`.
    public var flattenedMethods: Bool?
    /// How a document is written (the `openapi` emitter).
    public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
        case yaml, json
    }

    public var format: DocumentFormat = .yaml
    /// Whether a Swift client gets the methods that take a call's inputs as parameters (`flattenedMethods`).
    public var writesFlattenedMethods: Bool { flattenedMethods ?? true }
    /// The output's folder as the config or command line names it, for generated text that
    /// points at it (a split client's Package.swift targets); set by the generator.
    public var outputFolder: String?
    /// How many files to render at once (the output is the same for any value).
    public var parallelism: Int = ParallelRenderer.defaultParallelism

    /// An option that cannot work for an emitter, and why.
    public struct Problem: Sendable, Hashable {
        /// The option's keyword in `apigen.yaml`, such as `layout`.
        public var option: String
        /// Why, as a fact.
        public var kind: DiagnosticMessage
        /// Why, in one sentence.
        public var message: String { kind.text }
    }

    public init(moduleName: String? = nil, clientModuleName: String? = nil, accessLevel: AccessLevel = .public, locales: [String]? = nil) {
        self.moduleName = moduleName
        self.clientModuleName = clientModuleName
        self.accessLevel = accessLevel
        self.locales = locales
    }
}
