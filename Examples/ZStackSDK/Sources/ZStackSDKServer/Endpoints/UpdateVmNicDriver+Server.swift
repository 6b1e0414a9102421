import ZStackSDK

/// The server side of ``UpdateVmNicDriver``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum UpdateVmNicDriverServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmNicDriver.operation, bodyWrapper: "updateVmNicDriver") { call in
            let request = try call.decodeBody(wrapper: "updateVmNicDriver") { body in
                let vmNicUuid = try body.wrappedField(String.self, "vmNicUuid")
                let driverType = try body.wrappedField(String.self, "driverType")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVmNicDriver.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    vmNicUuid: try call.required(vmNicUuid, .bodyField("updateVmNicDriver.vmNicUuid")),
                    driverType: try call.required(driverType, .bodyField("updateVmNicDriver.driverType")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVmNicDriver(request) }
        }
    }
}
