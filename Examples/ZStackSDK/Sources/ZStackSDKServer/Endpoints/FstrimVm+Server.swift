import ZStackSDK

/// The server side of ``FstrimVm``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum FstrimVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: FstrimVm.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return FstrimVm.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.fstrimVm(request) }
        }
    }
}
