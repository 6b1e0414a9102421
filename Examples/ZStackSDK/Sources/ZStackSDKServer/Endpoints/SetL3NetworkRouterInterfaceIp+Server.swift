import ZStackSDK

/// The server side of ``SetL3NetworkRouterInterfaceIp``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous.
nonisolated enum SetL3NetworkRouterInterfaceIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetL3NetworkRouterInterfaceIp.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetL3NetworkRouterInterfaceIp.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                routerInterfaceIp: try call.required(
                    body.wrapped?.routerInterfaceIp,
                    .bodyField("params.routerInterfaceIp")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setL3NetworkRouterInterfaceIp(request) }
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
            let routerInterfaceIp: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.routerInterfaceIp = try object.optionalValue(String.self, forKey: "routerInterfaceIp")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
