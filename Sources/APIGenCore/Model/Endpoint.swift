/// One endpoint: everything one documentation page says.
public struct Endpoint: Hashable, Sendable {
    public enum Execution: String, Hashable, Sendable, CaseIterable {
        case synchronous, asynchronous
    }

    public enum Auth: String, Hashable, Sendable, CaseIterable {
        case required, none
    }

    public enum Method: String, Hashable, Sendable, CaseIterable {
        case GET, POST, PUT, DELETE, PATCH
    }

    public var operationID: String
    public var title: LocalizedText
    public var description: LocalizedText
    /// Breadcrumb, outermost first.
    public var category: [String]
    public var since: String?
    public var deprecation: Deprecation?
    public var execution: Execution
    public var auth: Auth
    public var method: Method
    /// The path with `{name}` placeholders, as documented.
    public var path: String
    public var pathParameters: [Field]
    public var queryParameters: [Field]
    public var headers: [Field]
    public var body: Body?
    public var response: Response?
    public var examples: Examples
    public var history: [HistoryEntry]

    /// Every input of a call, in the order the client's request lists them before sorting: path
    /// parameters, query parameters, headers, then body fields.
    public var inputs: [Field] { pathParameters + queryParameters + headers + (body?.fields ?? []) }
    /// The spec file this endpoint came from.
    public var file: String
    /// Where the endpoint's operation id is written, which names it in messages.
    public var origin: Origin

    /// The request body: `{wrapper: KEY, fields: ...}`.
    public struct Body: Hashable, Sendable {
        public var wrapper: String?
        public var fields: [Field]

        public init(wrapper: String?, fields: [Field]) {
            self.wrapper = wrapper
            self.fields = fields
        }

        /// Fields that go inside `{"wrapper": {...}}` (all of them when there is no wrapper).
        public var wrappedFields: [Field] { wrapper == nil ? fields : fields.filter { !$0.isOutsideWrapper } }
        /// Fields at the top level of a wrapped body.
        public var topLevelFields: [Field] { wrapper == nil ? [] : fields.filter(\.isOutsideWrapper) }
    }

    /// The success reply: `{status: 200, description: ..., fields: ...}`.
    public struct Response: Hashable, Sendable {
        public var status: Int
        public var description: LocalizedText
        public var fields: [Field]

        public init(status: Int, description: LocalizedText, fields: [Field]) {
            self.status = status
            self.description = description
            self.fields = fields
        }
    }

    public struct Examples: Hashable, Sendable {
        public var request: RequestExample?
        public var response: ResponseExample?

        public init(request: RequestExample? = nil, response: ResponseExample? = nil) {
            self.request = request
            self.response = response
        }
    }

    public struct RequestExample: Hashable, Sendable {
        /// Path parameter values by name, in written order.
        public var path: [JSONValue.Member]
        public var query: [JSONValue.Member]
        public var headers: [JSONValue.Member]
        public var body: JSONValue?

        public init(path: [JSONValue.Member] = [], query: [JSONValue.Member] = [], headers: [JSONValue.Member] = [], body: JSONValue? = nil) {
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
        }
    }

    public struct ResponseExample: Hashable, Sendable {
        public var status: Int
        public var body: JSONValue?

        public init(status: Int, body: JSONValue?) {
            self.status = status
            self.body = body
        }
    }

    public struct HistoryEntry: Hashable, Sendable {
        public var version: String
        public var description: LocalizedText

        public init(version: String, description: LocalizedText) {
            self.version = version
            self.description = description
        }
    }

    /// The placeholder names of `path`, in order (`{vmInstanceUuid}` -> `vmInstanceUuid`).
    public var pathPlaceholders: [String] { PathTemplate(path).placeholders.map(\.name) }
}
