import ZStackSDK

/// The server side of ``StartVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StartVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: StartVmInstance.operation, bodyWrapper: "startVmInstance") { call in
            let request = try call.decodeBody(wrapper: "startVmInstance") { body in
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return StartVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    clusterUuid: clusterUuid,
                    hostUuid: hostUuid,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.startVmInstance(request) }
        }
    }
}
