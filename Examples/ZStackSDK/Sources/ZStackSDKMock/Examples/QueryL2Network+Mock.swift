public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2NetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "cea5a8a73c9ab70abdeb9d8c5510b60c",
              "name": "name",
              "description": "description",
              "zoneUuid": "1edcd436dc513ea08a85ff2fa36e62c2",
              "physicalInterface": "physicalInterface",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedClusterUuids": [
                "attachedClusterUuids"
              ]
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryL2Network(
        _ request: QueryL2Network.Request
    ) async throws -> QueryL2Network.Response {
        try Self.example(QueryL2Network.Response.self, json: Self.queryL2NetworkExample)
    }
}
