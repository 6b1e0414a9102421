import ZStackSDK

/// The server side of ``SetVmNicSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/actions`, asynchronous.
nonisolated enum SetVmNicSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmNicSecurityGroup.operation, bodyWrapper: "setVmNicSecurityGroup") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmNicSecurityGroup.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                refs: try call.required(body.wrapped?.refs, .bodyField("setVmNicSecurityGroup.refs")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmNicSecurityGroup(request) }
        }
    }

    /// The JSON body of a request: `{"setVmNicSecurityGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmNicSecurityGroup")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let refs: [ZStackJSONValue]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.refs = try object.optionalValue([ZStackJSONValue].self, forKey: "refs")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
