import ZStackSDK

/// The server side of ``FlattenVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum FlattenVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: FlattenVmInstance.operation, bodyWrapper: "flattenVmInstance") { call in
            let request = try call.decodeBody(wrapper: "flattenVmInstance") { body in
                let full = try body.wrappedField(Bool.self, "full")
                let dryRun = try body.wrappedField(Bool.self, "dryRun")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return FlattenVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    full: full,
                    dryRun: dryRun,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.flattenVmInstance(request) }
        }
    }
}
