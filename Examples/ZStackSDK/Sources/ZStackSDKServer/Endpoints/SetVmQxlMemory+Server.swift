import ZStackSDK

/// The server side of ``SetVmQxlMemory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmQxlMemoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmQxlMemory.operation, bodyWrapper: "setVmQxlMemory") { call in
            let request = try call.decodeBody(wrapper: "setVmQxlMemory") { body in
                let ram = try body.wrappedField(Int.self, "ram")
                let vram = try body.wrappedField(Int.self, "vram")
                let vgamem = try body.wrappedField(Int.self, "vgamem")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmQxlMemory.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    ram: ram,
                    vram: vram,
                    vgamem: vgamem,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmQxlMemory(request) }
        }
    }
}
