/// The values every server and mock template can use.
struct SwiftServerRuntimeModel {
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
struct SwiftHandlerProtocolModel {
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
    let registrations: [SwiftServerRegistrationModel]
}

/// One `serverEndpoint(XServerEndpoint.self)` line of the registration list.
struct SwiftServerRegistrationModel {
    let namespace: String
    /// A comma after every line of a list of several, none after a single one (as swift-format wants).
    let hasComma: Bool
}

struct SwiftHandlerMethodModel {
    let isFirst: Bool
    let docLines: [DocLine]
    let hasDeprecation: Bool
    /// The deprecation message as a string literal, for `@available(*, deprecated, message:)`.
    let deprecationMessageLiteral: String
    let methodName: String
    let namespace: String
}

/// `Endpoints/<Op>+Server.swift`.
struct SwiftServerEndpointModel {
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
    /// The deprecation message as a string literal, for `@available(*, deprecated, message:)`.
    let deprecationMessageLiteral: String
    let wrapper: String
    let wrapperLiteral: String
    let hasWrapper: Bool
    /// Whether the request is made inside `call.decodeBody { body in ... }`, which reads the body's fields.
    let hasBody: Bool
    /// The arguments of `X.Request(...)`: required inputs first.
    let inputs: [SwiftServerInputModel]
    /// The body fields among `inputs`, each read into a local before anything else, so that a malformed body is
    /// the error reported first (as ZStack parses the whole body before it checks the inputs).
    let bodyInputs: [SwiftServerInputModel]
}

/// How the server reads one input of a call: through a `ServerCall` method (path, query and
/// header inputs) or through a `ServerBody` method (body fields).
struct SwiftServerInputModel {
    /// The `Request` initializer's argument label.
    let label: String
    let isLast: Bool
    /// The input's name on the wire, as a string literal.
    let nameLiteral: String
    /// Whether `ServerCall.<reader>` reads it (else it is a body field).
    let isCallInput: Bool
    /// `pathParameter`, `queryParameter`, `queryParameters`, `queryMap`, `queryListMap`, `queryObject` or `headerField`.
    let reader: String
    /// Whether the call's reader takes the value's type (`as: Int.self`); `readType` is that type, and a body
    /// field's type.
    let hasReadType: Bool
    let readType: String
    /// The `ServerBody` method that reads a body field: `field`, `wrappedField` (only inside the wrapper) or
    /// `fieldBesideWrapper` (beside the wrapper first, then inside it).
    let bodyReader: String
    /// The local that holds a body field's value in the `decodeBody` closure: the label, unless that is a name the
    /// closure uses itself.
    let local: String
    /// Whether a missing value is a bad request (`try call.required(value, input)`).
    let isRequired: Bool
    /// The `ServerInput` case that names it in that error (`queryParameter`, `headerField`, `bodyField`) and its name.
    let requiredInput: String
    let requiredInputNameLiteral: String
}

/// `Examples/<Op>+Mock.swift`.
struct SwiftMockExampleModel {
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
    /// The deprecation message as a string literal, for `@available(*, deprecated, message:)`.
    let deprecationMessageLiteral: String
}
