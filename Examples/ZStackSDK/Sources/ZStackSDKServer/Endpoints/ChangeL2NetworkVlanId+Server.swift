import ZStackSDK

/// The server side of ``ChangeL2NetworkVlanId``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous.
nonisolated enum ChangeL2NetworkVlanIdServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeL2NetworkVlanId.operation, bodyWrapper: "changeL2NetworkVlanId") { call in
            let request = try call.decodeBody(wrapper: "changeL2NetworkVlanId") { body in
                let vlan = try body.wrappedField(Int.self, "vlan")
                let type = try body.wrappedField(String.self, "type")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeL2NetworkVlanId.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    vlan: vlan,
                    type: type,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeL2NetworkVlanId(request) }
        }
    }
}
