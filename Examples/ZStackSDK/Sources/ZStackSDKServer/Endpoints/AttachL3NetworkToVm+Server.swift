import ZStackSDK

/// The server side of ``AttachL3NetworkToVm``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous.
nonisolated enum AttachL3NetworkToVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachL3NetworkToVm.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let staticIp = try body.wrappedField(String.self, "staticIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let driverType = try body.wrappedField(String.self, "driverType")
                let customMac = try body.wrappedField(String.self, "customMac")
                let vmNicParams = try body.wrappedField(String.self, "vmNicParams")
                return AttachL3NetworkToVm.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    staticIp: staticIp,
                    systemTags: systemTags,
                    userTags: userTags,
                    driverType: driverType,
                    customMac: customMac,
                    vmNicParams: vmNicParams
                )
            }
            return { try await handler.attachL3NetworkToVm(request) }
        }
    }
}
