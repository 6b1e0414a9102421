import ZStackSDK

/// The server side of ``SetVmInstanceDefaultCdRom``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions`, asynchronous.
nonisolated enum SetVmInstanceDefaultCdRomServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: SetVmInstanceDefaultCdRom.operation,
            bodyWrapper: "setVmInstanceDefaultCdRom"
        ) { call in
            let request = try call.decodeBody(wrapper: "setVmInstanceDefaultCdRom") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmInstanceDefaultCdRom.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmInstanceDefaultCdRom(request) }
        }
    }
}
