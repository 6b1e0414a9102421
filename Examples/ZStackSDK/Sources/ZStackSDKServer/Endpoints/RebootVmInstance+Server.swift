import ZStackSDK

/// The server side of ``RebootVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum RebootVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RebootVmInstance.operation, bodyWrapper: "rebootVmInstance") { call in
            let request = try call.decodeBody(wrapper: "rebootVmInstance") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RebootVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.rebootVmInstance(request) }
        }
    }
}
