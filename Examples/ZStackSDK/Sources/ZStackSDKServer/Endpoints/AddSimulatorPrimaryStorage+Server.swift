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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let totalCapacity: Int64?
            let availableCapacity: Int64?
            let url: String?
            let name: String?
            let description: String?
            let type: String?
            let zoneUuid: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let availablePhysicalCapacity: Int64?
            let totalPhysicalCapacity: Int64?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.totalCapacity = try object.optionalValue(Int64.self, forKey: "totalCapacity")
                self.availableCapacity = try object.optionalValue(Int64.self, forKey: "availableCapacity")
                self.url = try object.optionalValue(String.self, forKey: "url")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.availablePhysicalCapacity = try object.optionalValue(
                    Int64.self,
                    forKey: "availablePhysicalCapacity"
                )
                self.totalPhysicalCapacity = try object.optionalValue(Int64.self, forKey: "totalPhysicalCapacity")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
