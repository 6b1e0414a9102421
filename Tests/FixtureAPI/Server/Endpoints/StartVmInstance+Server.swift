import FixtureAPI

/// The server side of ``StartVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StartVmInstanceServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: StartVmInstance.operation, bodyWrapper: "startVmInstance") { call in
            let request = try call.decodeBody(wrapper: "startVmInstance") { body in
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                return StartVmInstance.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    hostUuid: hostUuid
                )
            }
            return { try await handler.startVmInstance(request) }
        }
    }
}
