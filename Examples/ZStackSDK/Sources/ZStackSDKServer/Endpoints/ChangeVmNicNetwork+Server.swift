import ZStackSDK

/// The server side of ``ChangeVmNicNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous.
nonisolated enum ChangeVmNicNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVmNicNetwork.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let staticIp = try body.wrappedField(String.self, "staticIp")
                return ChangeVmNicNetwork.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    destL3NetworkUuid: try call.pathParameter("destL3NetworkUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags,
                    staticIp: staticIp
                )
            }
            return { try await handler.changeVmNicNetwork(request) }
        }
    }
}
