import ZStackSDK

/// The server side of ``AttachL3NetworkToVmNic``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous.
nonisolated enum AttachL3NetworkToVmNicServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachL3NetworkToVmNic.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let staticIp = try body.wrappedField(String.self, "staticIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachL3NetworkToVmNic.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    staticIp: staticIp,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachL3NetworkToVmNic(request) }
        }
    }
}
