import ZStackSDK

/// The server side of ``ChangeLoadBalancerBackendServer``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions`, asynchronous.
nonisolated enum ChangeLoadBalancerBackendServerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeLoadBalancerBackendServer.operation,
            bodyWrapper: "changeLoadBalancerBackendServer"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeLoadBalancerBackendServer.Request(
                serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                vmNics: body.wrapped?.vmNics,
                servers: body.wrapped?.servers,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeLoadBalancerBackendServer(request) }
        }
    }

    /// The JSON body of a request: `{"changeLoadBalancerBackendServer": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeLoadBalancerBackendServer")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let vmNics: [[String: String]]?
            let servers: [[String: String]]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vmNics = try object.optionalValue([[String: String]].self, forKey: "vmNics")
                self.servers = try object.optionalValue([[String: String]].self, forKey: "servers")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
