import ZStackSDK

/// The server side of ``RenewSession``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous.
nonisolated enum RenewSessionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RenewSession.operation, bodyWrapper: "renewSession") { call in
            let body = try call.decodeBody(Body.self)
            let request = RenewSession.Request(
                sessionUuid: try call.pathParameter("sessionUuid", as: String.self),
                duration: body.wrapped?.duration,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.renewSession(request) }
        }
    }

    /// The JSON body of a request: `{"renewSession": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "renewSession")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let duration: Int64?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.duration = try object.optionalValue(Int64.self, forKey: "duration")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
