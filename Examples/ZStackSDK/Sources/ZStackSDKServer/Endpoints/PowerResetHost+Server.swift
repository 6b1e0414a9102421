import ZStackSDK

/// The server side of ``PowerResetHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous.
nonisolated enum PowerResetHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: PowerResetHost.operation, bodyWrapper: "powerResetHost") { call in
            let body = try call.decodeBody(Body.self)
            let request = PowerResetHost.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                method: body.wrapped?.method,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                returnEarly: body.wrapped?.returnEarly
            )
            return { try await handler.powerResetHost(request) }
        }
    }

    /// The JSON body of a request: `{"powerResetHost": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "powerResetHost")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let method: PowerResetHostMethod?
            let systemTags: [String]?
            let userTags: [String]?
            let returnEarly: Bool?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.method = try object.optionalValue(PowerResetHostMethod.self, forKey: "method")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.returnEarly = try object.optionalValue(Bool.self, forKey: "returnEarly")
            }
        }
    }
}
