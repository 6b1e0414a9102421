import ZStackSDK

/// The server side of ``AttachNetworkServiceToL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous.
nonisolated enum AttachNetworkServiceToL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachNetworkServiceToL3Network.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let networkServices = try body.wrappedField([String: [String]].self, "networkServices")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachNetworkServiceToL3Network.Request(
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    networkServices: try call.required(networkServices, .bodyField("params.networkServices")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachNetworkServiceToL3Network(request) }
        }
    }
}
