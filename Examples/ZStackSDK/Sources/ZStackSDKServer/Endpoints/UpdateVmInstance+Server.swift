import ZStackSDK

/// The server side of ``UpdateVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmInstance.operation, bodyWrapper: "updateVmInstance") { call in
            let request = try call.decodeBody(wrapper: "updateVmInstance") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let state = try body.wrappedField(UpdateVmInstanceState.self, "state")
                let defaultL3NetworkUuid = try body.wrappedField(String.self, "defaultL3NetworkUuid")
                let platform = try body.wrappedField(UpdateVmInstancePlatform.self, "platform")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let guestOsType = try body.wrappedField(String.self, "guestOsType")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                return UpdateVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    state: state,
                    defaultL3NetworkUuid: defaultL3NetworkUuid,
                    platform: platform,
                    cpuNum: cpuNum,
                    memorySize: memorySize,
                    systemTags: systemTags,
                    userTags: userTags,
                    guestOsType: guestOsType,
                    reservedMemorySize: reservedMemorySize
                )
            }
            return { try await handler.updateVmInstance(request) }
        }
    }
}
