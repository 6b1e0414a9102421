import ZStackSDK

/// The server side of ``AddAccessControlListToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous.
nonisolated enum AddAccessControlListToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddAccessControlListToLoadBalancer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddAccessControlListToLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                aclUuids: try call.required(body.wrapped?.aclUuids, .bodyField("params.aclUuids")),
                aclType: try call.required(body.wrapped?.aclType, .bodyField("params.aclType")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                serverGroupUuids: body.wrapped?.serverGroupUuids
            )
            return { try await handler.addAccessControlListToLoadBalancer(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let aclUuids: [String]?
            let aclType: AddAccessControlListToLoadBalancerAclType?
            let systemTags: [String]?
            let userTags: [String]?
            let serverGroupUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.aclUuids = try object.optionalValue([String].self, forKey: "aclUuids")
                self.aclType = try object.optionalValue(
                    AddAccessControlListToLoadBalancerAclType.self,
                    forKey: "aclType"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.serverGroupUuids = try object.optionalValue([String].self, forKey: "serverGroupUuids")
            }
        }
    }
}
