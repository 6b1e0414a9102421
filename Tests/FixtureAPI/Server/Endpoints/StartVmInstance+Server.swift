import FixtureAPI

/// The server side of ``StartVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StartVmInstanceServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: StartVmInstance.operation, bodyWrapper: "startVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = StartVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                hostUuid: body.wrapped?.hostUuid
            )
            return { try await handler.startVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"startVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "startVmInstance")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let hostUuid: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
            }
        }
    }
}
