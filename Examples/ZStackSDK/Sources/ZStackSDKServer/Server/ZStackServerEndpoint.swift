import ZStackSDK

/// How the server reads the calls of one endpoint and calls the handler: what the code of an endpoint provides.
nonisolated struct ZStackServerEndpoint: Sendable {
    /// The handler's work for one call, which returns the reply's fields.
    typealias Work = @Sendable () async throws -> any Encodable & Sendable

    /// The endpoint's static description, shared with the client.
    let operation: ZStackOperation

    /// The member of the body that wraps its fields, if the body has a wrapper.
    ///
    /// ZStack's "action" endpoints share a method and a path (such as `PUT /zstack/v1/vm-instances/{uuid}/actions`)
    /// and are told apart by the wrapper that the body has.
    let bodyWrapper: String?

    /// Reads the inputs of a call and returns the handler's work for it, without starting it.
    let prepare: @Sendable (ZStackServerCall) throws -> Work

    /// Describes an endpoint.
    ///
    /// - Parameters:
    ///   - operation: The endpoint's static description.
    ///   - bodyWrapper: The member of the body that wraps its fields, if any.
    ///   - prepare: Reads the inputs of a call, throwing ``ZStackServerBadRequest`` for a request that it cannot
    ///     read, and returns the work that calls the handler.
    init<Response: Encodable & Sendable>(
        operation: ZStackOperation,
        bodyWrapper: String?,
        prepare: @escaping @Sendable (ZStackServerCall) throws -> @Sendable () async throws -> Response
    ) {
        self.operation = operation
        self.bodyWrapper = bodyWrapper
        self.prepare = { call in
            let work = try prepare(call)
            return { try await work() }
        }
    }
}

/// The code generated for one endpoint: one type per endpoint, in `Endpoints/`.
///
/// Registration reaches an endpoint through this protocol rather than by name, so that the endpoints that the API
/// deprecates compile without deprecation warnings: only their own code, marked deprecated, names them.
nonisolated protocol ZStackServerEndpointDefinition {
    /// The endpoint, calling the given handler.
    ///
    /// - Parameter handler: The handler that answers the calls.
    /// - Returns: The endpoint.
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint
}

nonisolated extension ZStackAPIHandler {
    /// An endpoint of the API, calling this handler.
    ///
    /// - Parameter definition: The code generated for the endpoint.
    /// - Returns: The endpoint.
    func serverEndpoint(_ definition: (some ZStackServerEndpointDefinition).Type) -> ZStackServerEndpoint {
        definition.endpoint(calling: self)
    }
}
