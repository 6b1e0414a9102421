public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryDirectoryExample = #"""
        {
          "inventories": [
            {
              "uuid": "a144634527415811f75f87752f1d2ce9",
              "name": "name",
              "groupName": "groupName",
              "parentUuid": "41f66f28b61706fbfca4cd318f990f51",
              "rootDirectoryUuid": "536b0dac36f6b617e7910e1c48826e12",
              "zoneUuid": "97985cdecc56d5dfeac1f01776045fb1",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryDirectory(
        _ request: QueryDirectory.Request
    ) async throws -> QueryDirectory.Response {
        try Self.example(QueryDirectory.Response.self, json: Self.queryDirectoryExample)
    }
}
