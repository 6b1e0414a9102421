import ZStackSDK

/// The server side of ``CreateInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/instance-offerings`, asynchronous.
nonisolated enum CreateInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateInstanceOffering.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateInstanceOffering.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                cpuNum: try call.required(body.wrapped?.cpuNum, .bodyField("params.cpuNum")),
                memorySize: try call.required(body.wrapped?.memorySize, .bodyField("params.memorySize")),
                description: body.wrapped?.description,
                allocatorStrategy: body.wrapped?.allocatorStrategy,
                sortKey: body.wrapped?.sortKey,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids,
                reservedMemorySize: body.wrapped?.reservedMemorySize
            )
            return { try await handler.createInstanceOffering(request) }
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
            let name: String?
            let description: String?
            let cpuNum: Int?
            let memorySize: Int64?
            let allocatorStrategy: String?
            let sortKey: Int?
            let type: String?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let tagUuids: [String]?
            let reservedMemorySize: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.cpuNum = try object.optionalValue(Int.self, forKey: "cpuNum")
                self.memorySize = try object.optionalValue(Int64.self, forKey: "memorySize")
                self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
                self.sortKey = try object.optionalValue(Int.self, forKey: "sortKey")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.reservedMemorySize = try object.optionalValue(Int64.self, forKey: "reservedMemorySize")
            }
        }
    }
}
