/// The values every server and mock template can use.
struct SwiftServerRuntimeModel: Encodable {
    let prefix: String
    let access: String
    let importAccess: String
    /// The module that holds the client's types (`ZStackClient`).
    let clientModule: String
    /// The module that holds the server stubs (`ZStackServer`), for the mock.
    let serverModule: String
    let apiTitle: String
    let authorizationHeaderLiteral: String
    let errorStatus: Int
    let errorFieldLiteral: String
    let acceptedStatus: Int
    let locationFieldLiteral: String
    let jobsPath: String
    let jobsPathLiteral: String
}

/// `Server/<Prefix>APIHandler.swift` and its registration.
struct SwiftHandlerProtocolModel: Encodable {
    let prefix: String
    let access: String
    let importAccess: String
    let clientModule: String
    let apiTitle: String
    let jobsPath: String
    let methods: [SwiftHandlerMethodModel]
    /// The first endpoint, shown in the protocol's doc comment.
    let example: [SwiftHandlerMethodModel]
    let hasMoreEndpoints: Bool
    let hasAsynchronousEndpoints: Bool
    /// `serverEndpoint(XServerEndpoint.self),` lines (no comma after a single one, as swift-format wants).
    let registrations: [String]
}

struct SwiftHandlerMethodModel: Encodable {
    let isFirst: Bool
    let docLines: [DocLine]
    let hasDeprecation: Bool
    let deprecationAttribute: String
    let methodName: String
    let namespace: String
}

/// `Endpoints/<Op>+Server.swift`.
struct SwiftServerEndpointModel: Encodable {
    let prefix: String
    let clientModule: String
    /// Whether an input is a timestamp (Foundation's `Date`).
    let needsFoundation: Bool
    let namespace: String
    let methodName: String
    let method: String
    let path: String
    let execution: String
    let hasDeprecation: Bool
    let deprecationText: String
    let deprecationAttribute: String
    let wrapper: String
    let wrapperLiteral: String
    /// Whether `<Prefix>ServerEndpoint(operation: ..., bodyWrapper: ...) { call in` fits on one line.
    let opensOnOneLine: Bool
    let hasWrapper: Bool
    let hasBody: Bool
    /// `let request = X.Request(` ... `)`.
    let requestLines: [String]
    let topLevel: [SwiftServerBodyFieldModel]
    let wrapped: [SwiftServerBodyFieldModel]
}

struct SwiftServerBodyFieldModel: Encodable {
    let declaration: String
    let codingKey: String
}

/// `Examples/<Op>+Mock.swift`.
struct SwiftMockExampleModel: Encodable {
    let prefix: String
    let access: String
    let importAccess: String
    let clientModule: String
    let namespace: String
    let methodName: String
    let exampleName: String
    let exampleLiteralOpen: String
    let exampleLiteralClose: String
    let exampleLines: [String]
    /// Whether the reply is the documentation's response example, rather than synthesized from the response fields.
    let isDocumented: Bool
    let hasDeprecation: Bool
    let deprecationAttribute: String
}
