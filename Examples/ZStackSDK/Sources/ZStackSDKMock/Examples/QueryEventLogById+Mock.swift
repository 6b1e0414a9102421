public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryEventLogById``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryEventLogByIdExample = #"""
        {
          "inventories": [
            {
              "id": 1,
              "content": "content",
              "resourceUuid": "e59ac1bc55bdf38598ece265feb0d71c",
              "resourceType": "resourceType",
              "category": "category",
              "trackingId": "trackingId",
              "type": "type",
              "time": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryEventLogById(
        _ request: QueryEventLogById.Request
    ) async throws -> QueryEventLogById.Response {
        try Self.example(QueryEventLogById.Response.self, json: Self.queryEventLogByIdExample)
    }
}
