import ZStackSDK

/// The server side of ``AttachIsoToVmInstance``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous.
nonisolated enum AttachIsoToVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachIsoToVmInstance.operation, bodyWrapper: "null") { call in
            let request = try call.decodeBody(wrapper: "null") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachIsoToVmInstance.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    isoUuid: try call.pathParameter("isoUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachIsoToVmInstance(request) }
        }
    }
}
