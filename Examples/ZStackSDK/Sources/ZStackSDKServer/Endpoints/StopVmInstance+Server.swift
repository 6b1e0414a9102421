import ZStackSDK

/// The server side of ``StopVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StopVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: StopVmInstance.operation, bodyWrapper: "stopVmInstance") { call in
            let request = try call.decodeBody(wrapper: "stopVmInstance") { body in
                let type = try body.wrappedField(StopVmInstanceTypeValue.self, "type")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let stopHA = try body.wrappedField(String.self, "stopHA")
                return StopVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    type: type,
                    systemTags: systemTags,
                    userTags: userTags,
                    stopHA: stopHA
                )
            }
            return { try await handler.stopVmInstance(request) }
        }
    }
}
