import ZStackSDK

/// The server side of ``AddVmNicToLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous.
nonisolated enum AddVmNicToLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddVmNicToLoadBalancer.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddVmNicToLoadBalancer.Request(
                listenerUuid: try call.pathParameter("listenerUuid", as: String.self),
                vmNicUuids: try call.required(body.wrapped?.vmNicUuids, .bodyField("params.vmNicUuids")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addVmNicToLoadBalancer(request) }
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
            let vmNicUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vmNicUuids = try object.optionalValue([String].self, forKey: "vmNicUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
