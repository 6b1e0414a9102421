public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateL2Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateL2NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6dddc88c49560f4105d0dbd112aa1a82",
            "name": "name",
            "description": "description",
            "zoneUuid": "08249c392862362fe390bc8ace8ba79d",
            "physicalInterface": "physicalInterface",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedClusterUuids": [
              "attachedClusterUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateL2Network(
        _ request: UpdateL2Network.Request
    ) async throws -> UpdateL2Network.Response {
        try Self.example(UpdateL2Network.Response.self, json: Self.updateL2NetworkExample)
    }
}
