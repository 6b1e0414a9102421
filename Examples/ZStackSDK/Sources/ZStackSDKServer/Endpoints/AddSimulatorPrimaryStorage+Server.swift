import ZStackSDK

/// The server side of ``AddSimulatorPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/simulators`, asynchronous.
nonisolated enum AddSimulatorPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSimulatorPrimaryStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let url = try body.wrappedField(String.self, "url")
                let name = try body.wrappedField(String.self, "name")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let totalCapacity = try body.wrappedField(Int64.self, "totalCapacity")
                let availableCapacity = try body.wrappedField(Int64.self, "availableCapacity")
                let description = try body.wrappedField(String.self, "description")
                let type = try body.wrappedField(String.self, "type")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let availablePhysicalCapacity = try body.wrappedField(Int64.self, "availablePhysicalCapacity")
                let totalPhysicalCapacity = try body.wrappedField(Int64.self, "totalPhysicalCapacity")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddSimulatorPrimaryStorage.Request(
                    url: try call.required(url, .bodyField("params.url")),
                    name: try call.required(name, .bodyField("params.name")),
                    zoneUuid: try call.required(zoneUuid, .bodyField("params.zoneUuid")),
                    totalCapacity: totalCapacity,
                    availableCapacity: availableCapacity,
                    description: description,
                    type: type,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    availablePhysicalCapacity: availablePhysicalCapacity,
                    totalPhysicalCapacity: totalPhysicalCapacity,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addSimulatorPrimaryStorage(request) }
        }
    }
}
