import ZStackSDK

/// The server side of ``AttachEip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous.
nonisolated enum AttachEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachEip.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let usedIpUuid = try body.wrappedField(String.self, "usedIpUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachEip.Request(
                    eipUuid: try call.pathParameter("eipUuid", as: String.self),
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    usedIpUuid: usedIpUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachEip(request) }
        }
    }
}
