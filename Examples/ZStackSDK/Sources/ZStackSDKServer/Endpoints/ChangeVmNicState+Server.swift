import ZStackSDK

/// The server side of ``ChangeVmNicState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous.
nonisolated enum ChangeVmNicStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVmNicState.operation, bodyWrapper: "changeVmNicState") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeVmNicState.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                state: try call.required(body.wrapped?.state, .bodyField("changeVmNicState.state")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeVmNicState(request) }
        }
    }

    /// The JSON body of a request: `{"changeVmNicState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeVmNicState")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let state: ChangeVmNicStateState?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.state = try object.optionalValue(ChangeVmNicStateState.self, forKey: "state")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
