import ZStackSDK

/// The server side of ``AddSimulatorHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/simulators`, asynchronous.
nonisolated enum AddSimulatorHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSimulatorHost.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSimulatorHost.Request(
                memoryCapacity: try call.required(body.wrapped?.memoryCapacity, .bodyField("params.memoryCapacity")),
                cpuCapacity: try call.required(body.wrapped?.cpuCapacity, .bodyField("params.cpuCapacity")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                managementIp: try call.required(body.wrapped?.managementIp, .bodyField("params.managementIp")),
                clusterUuid: try call.required(body.wrapped?.clusterUuid, .bodyField("params.clusterUuid")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addSimulatorHost(request) }
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
            let memoryCapacity: Int64?
            let cpuCapacity: Int64?
            let name: String?
            let description: String?
            let managementIp: String?
            let clusterUuid: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.memoryCapacity = try object.optionalValue(Int64.self, forKey: "memoryCapacity")
                self.cpuCapacity = try object.optionalValue(Int64.self, forKey: "cpuCapacity")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.managementIp = try object.optionalValue(String.self, forKey: "managementIp")
                self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
