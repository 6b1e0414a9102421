import ZStackSDK

/// The server side of ``AddSimulatorPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/simulators`, asynchronous.
nonisolated enum AddSimulatorPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSimulatorPrimaryStorage.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSimulatorPrimaryStorage.Request(
                url: try call.required(body.wrapped?.url, .bodyField("params.url")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                totalCapacity: body.wrapped?.totalCapacity,
                availableCapacity: body.wrapped?.availableCapacity,
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                availablePhysicalCapacity: body.wrapped?.availablePhysicalCapacity,
                totalPhysicalCapacity: body.wrapped?.totalPhysicalCapacity,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addSimulatorPrimaryStorage(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var totalCapacity: Int64?
            var availableCapacity: Int64?
            var url: String?
            var name: String?
            var description: String?
            var type: String?
            var zoneUuid: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var availablePhysicalCapacity: Int64?
            var totalPhysicalCapacity: Int64?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case totalCapacity = "totalCapacity"
                case availableCapacity = "availableCapacity"
                case url = "url"
                case name = "name"
                case description = "description"
                case type = "type"
                case zoneUuid = "zoneUuid"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case availablePhysicalCapacity = "availablePhysicalCapacity"
                case totalPhysicalCapacity = "totalPhysicalCapacity"
                case tagUuids = "tagUuids"
            }
        }
    }
}
