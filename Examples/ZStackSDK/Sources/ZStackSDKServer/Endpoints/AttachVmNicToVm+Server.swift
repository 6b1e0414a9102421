import ZStackSDK

/// The server side of ``AttachVmNicToVm``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}`, asynchronous.
nonisolated enum AttachVmNicToVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachVmNicToVm.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachVmNicToVm.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachVmNicToVm(request) }
        }
    }
}
